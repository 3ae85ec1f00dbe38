import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { WorkUse } from '../work-use.type';
import { Work } from '../work.type';
import { LinkWorkInput } from './link-work.input';
import { RecordWorkInput } from './record-work.input';
import { UpdateWorkInput } from './update-work.input';
import { linkWork, recordWork, unlinkWork, updateWork } from './work-mutations';

const WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA inside their subtree (permission work:write).';

@Resolver(() => Work)
export class WorkMutationResolver {
  @Mutation(() => Work, { description: `Records a work or material (登记作品与教材). ${WHO} Audited.` })
  recordWork(
    @Arg('input', () => RecordWorkInput, { description: 'The work (作品).' }) input: RecordWorkInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordWork(ctx, input);
  }

  @Mutation(() => Work, {
    description: `Changes a work (修改作品). ${WHO} CONFLICT (nothing changed) on a stale expectedVersion. Audited with the values before and after.`,
  })
  updateWork(
    @Arg('input', () => UpdateWorkInput, { description: 'The changes (修改内容).' }) input: UpdateWorkInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateWork(ctx, input);
  }

  @Mutation(() => WorkUse, {
    description: `Records that a campaign or an event used a work (登记作品使用), checked at the campaign's organiser or the event's host. ${WHO} CONFLICT when already recorded. Audited.`,
  })
  linkWork(@Arg('input', () => LinkWorkInput, { description: 'The use (作品使用).' }) input: LinkWorkInput, @Ctx() ctx: CampaignsContext) {
    return linkWork(ctx, input);
  }

  @Mutation(() => Work, {
    description: `Removes a recorded use of a work (取消作品使用); returns the work. ${WHO} CONFLICT when no such use is recorded. Audited.`,
  })
  unlinkWork(
    @Arg('input', () => LinkWorkInput, { description: 'The use to remove (作品使用).' }) input: LinkWorkInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return unlinkWork(ctx, input);
  }
}
