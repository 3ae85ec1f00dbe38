import { INPUT_ARG, OPTIONAL_VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { OrgContext } from '../../loaders';
import { Venue } from '../venue.type';
import { addVenue } from './add-venue';
import { removeVenue } from './remove-venue';
import { updateVenue } from './update-venue';
import { AddVenueInput, UpdateVenueInput } from './venue.inputs';

@Resolver(() => Venue)
export class VenueMutationResolver {
  @Mutation(() => Venue, { description: 'Attaches a venue to a unit (新增阵地资源). ADMIN; ORG_ADMIN inside its subtree.' })
  addVenue(@Arg('input', () => AddVenueInput, INPUT_ARG) input: AddVenueInput, @Ctx() ctx: OrgContext) {
    return addVenue(ctx, input);
  }

  @Mutation(() => Venue, { description: 'Changes a venue (修改阵地资源).' })
  updateVenue(
    @Arg('id', () => ID, { description: 'The venue (阵地资源).' }) id: string,
    @Arg('input', () => UpdateVenueInput, INPUT_ARG) input: UpdateVenueInput,
    @Ctx() ctx: OrgContext,
  ) {
    return updateVenue(ctx, id, input);
  }

  @Mutation(() => Venue, { description: 'Removes a venue and returns it as it was (删除阵地资源).' })
  removeVenue(
    @Arg('id', () => ID, { description: 'The venue (阵地资源).' }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: OPTIONAL_VERSION_DESCRIPTION }) expectedVersion: number | null,
    @Ctx() ctx: OrgContext,
  ) {
    return removeVenue(ctx, id, expectedVersion);
  }
}
