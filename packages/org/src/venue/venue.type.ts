import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { VenueKind } from './venue-kind.enum';

@Directive('@key(fields: "id")')
@ObjectType('Venue', { description: 'A venue / integrated resource of a unit, e.g. a farmhouse library (阵地资源).' })
export class Venue {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name (名称).' })
  name: string;

  @Field(() => VenueKind, { description: 'Kind (类别).' })
  kind: VenueKind;

  @Field(() => String, { nullable: true, description: "Address, if it differs from the unit's (地址)." })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours as posted, e.g. 周二至周日 9:00-17:00 (开放时间).' })
  openingHours: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it holds, where known (容量).' })
  capacity: number | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  orgUnitId: number;
}
