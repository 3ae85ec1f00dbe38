import { Field, ID, ObjectType } from 'type-graphql';
import { ParticipantRole } from './participant-role.enum';

@ObjectType('EventParticipant', { description: 'A named person at an event: a speaker, guest, host, performer … (活动出席人员).' })
export class EventParticipant {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => ParticipantRole, { description: 'The part they played (参与身份).' })
  role: ParticipantRole;

  @Field({ description: 'Name, e.g. 吴延旗 (姓名).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Position, e.g. 铜川市委常委、宣传部部长 (职务).' })
  position: string | null;
}
