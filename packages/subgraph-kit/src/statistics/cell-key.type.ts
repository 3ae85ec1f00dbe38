import { Directive, Field, ObjectType } from 'type-graphql';

/** Where a cell of a multi-dimensional breakdown sits along one of its dimensions. */
@Directive('@shareable')
@ObjectType('CellKey', { description: 'One coordinate of a breakdown cell: the dimension, the key and its label (分组键).' })
export class CellKey {
  @Field({ description: 'The dimension, e.g. TOWNSHIP, MONTH, CAMPAIGN (维度).' })
  dimension: string;

  @Field({ description: 'The key along it: an org unit or campaign id, YYYY-MM, an enum value; "NONE" for rows with no value there (键).' })
  key: string;

  @Field({ description: 'The key as people read it: 会东县堵格镇新时代文明实践所, 2021年3月, 火塘夜话 (名称).' })
  label: string;
}
