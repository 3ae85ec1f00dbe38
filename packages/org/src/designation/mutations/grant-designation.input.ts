import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { DesignationKind } from '../designation-kind.enum';

@InputType('GrantDesignationInput', { description: 'An honour or designation granted to a unit (授予称号).' })
export class GrantDesignationInput {
  @Field(() => ID, { description: 'The unit (获授单位).' })
  orgUnitId: string;

  @Field(() => DesignationKind, { description: 'Kind (类别).' })
  kind: DesignationKind;

  @Field({ description: 'Title as granted (称号), 1–200 characters.' })
  @TrimmedLength(1, 200)
  title: string;

  @Field({ description: 'Granting body (授予单位), 1–100 characters.' })
  @TrimmedLength(1, 100)
  grantedBy: string;

  @Field(() => DateScalar, { description: 'Day granted (授予日期), not in the future.' })
  @NotInFuture()
  grantedOn: string;
}
