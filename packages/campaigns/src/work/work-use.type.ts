import { Field, ID, ObjectType } from 'type-graphql';
import { WorkUseKind } from './work-use-kind.enum';

@ObjectType('WorkUse', { description: 'A use of a work by a campaign or by one event (作品使用).' })
export class WorkUse {
  @Field(() => ID, { description: 'Stable identifier (使用编号).' })
  id: number;

  @Field(() => WorkUseKind, { description: 'How it was used (使用方式).' })
  kind: WorkUseKind;
}
