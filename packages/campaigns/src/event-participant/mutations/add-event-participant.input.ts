import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';
import { ParticipantRole } from '../participant-role.enum';

@InputType('AddEventParticipantInput', { description: 'A named person at an event (登记出席人员).' })
export class AddEventParticipantInput {
  @Field(() => ID, { description: 'The event (场次编号).' })
  eventId: string;

  @Field(() => ParticipantRole, { description: 'The part they played (参与身份).' })
  role: ParticipantRole;

  @Field({ description: 'Name, 1–100 characters (姓名).' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Position, up to 200 characters, e.g. 市委常委、宣传部部长 (职务).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  position?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their volunteer record, if they are a registered volunteer (志愿者编号).' })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The role model they are, if any (先进典型编号).' })
  roleModelId?: string | null;
}
