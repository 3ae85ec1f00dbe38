import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { DesignationKind } from './designation-kind.enum';

@ObjectType('Designation', { description: 'An honour or designation of a unit, with who granted it and when (荣誉称号).' })
export class Designation {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DesignationKind, { description: 'Kind (类别).' })
  kind: DesignationKind;

  @Field({ description: 'Title as granted, e.g. 成都市新时代文明实践精品范例 (称号).' })
  title: string;

  @Field({ description: 'Granting body, e.g. 成都市委宣传部 (授予单位).' })
  grantedBy: string;

  @Field(() => DateScalar, { description: 'Day granted (授予日期).' })
  grantedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day revoked; null while it holds (撤销日期).' })
  revokedOn: string | null;

  orgUnitId: number;
}
