import { Field, ID, InputType } from 'type-graphql';
import { VenueKind } from './venue-kind.enum';

@InputType('VenueFilter', { description: 'Which venues to list; all given conditions must hold.' })
export class VenueFilter {
  @Field(() => VenueKind, { nullable: true, description: 'Only venues of this kind.' })
  kind?: VenueKind | null;

  @Field(() => ID, { nullable: true, description: 'Only venues of this unit.' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only venues of this unit and every unit below it.' })
  subtreeOf?: string | null;
}
