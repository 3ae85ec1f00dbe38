import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { DifficultyCategory } from './difficulty-category.enum';

@ObjectType('Household', {
  description:
    "A household on a station's grid register (住户), mostly families in difficulty (困难家庭). Head's name, phone and address are personal data: masked unless the caller may see the unit's personal data, and every unmasked read is audited.",
})
export class Household {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => [DifficultyCategory], { description: 'Why it counts as in difficulty; empty for a household that does not (困难类别).' })
  categories: DifficultyCategory[];

  @Field(() => Int, { nullable: true, description: 'How many people live in it (家庭人口).' })
  memberCount: number | null;

  @Field(() => String, { nullable: true, description: "Grid staff's note on the household's situation (情况备注)." })
  note: string | null;

  @Field(() => DateScalar, { description: 'Day it was put on the register (登记日期).' })
  registeredOn: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field({ description: 'When the record was last changed (更新时间).' })
  updatedAt: Date;
}
