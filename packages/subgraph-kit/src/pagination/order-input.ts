import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from './order-direction.enum';
import type { OrderableField, OrderRequest } from './ordering';

/**
 * Declares the `orderBy` input of a list: `<Name>OrderField` (one value per orderable field,
 * described) and `<Name>Order { field, direction }`. `label` names the items, e.g. "campaigns (宣传活动)".
 */
export function OrderInput<F extends string>(name: string, label: string, fields: Record<F, OrderableField<never>>, defaultText: string) {
  const fieldEnum = Object.fromEntries(Object.keys(fields).map((key) => [key, key])) as Record<F, F>;
  registerEnumType(fieldEnum, {
    name: `${name}OrderField`,
    description: `What ${label} can be sorted by (排序字段).`,
    valuesConfig: Object.fromEntries(
      Object.entries<OrderableField<never>>(fields).map(([key, field]) => [key, { description: field.description }]),
    ) as Partial<Record<F, { description: string }>>,
  });

  @InputType(`${name}Order`, { description: `How to sort ${label}; omit for ${defaultText} (排序).` })
  class OrderInputClass implements OrderRequest<F> {
    @Field(() => fieldEnum, { nullable: true, description: 'The field to sort by (排序字段).' })
    field?: F | null;

    @Field(() => OrderDirection, { nullable: true, description: 'ASC (default when a field is given) or DESC (排序方向).' })
    direction?: OrderDirection | null;
  }

  return OrderInputClass;
}
