import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { MobilisationKind } from './mobilisation-kind.enum';

@ObjectType('Mobilisation', {
  description:
    'A special-period mobilisation (应急动员) of volunteers, e.g. the "红马甲" in epidemic control, forest fire prevention or the flood season: who called it, where, when, who was called up and the hours served against it.',
})
export class Mobilisation {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => MobilisationKind, { description: 'What it is for (动员类别).' })
  kind: MobilisationKind;

  @Field({ description: 'Title, e.g. 2021年冬春季疫情防控志愿服务 (名称).' })
  title: string;

  @Field(() => DateScalar, { description: 'First day (开始日期).' })
  startsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while ongoing (结束日期).' })
  endsOn: string | null;

  @Field({ description: 'When it was entered (登记时间).' })
  createdAt: Date;

  callingUnitId: number;
}
