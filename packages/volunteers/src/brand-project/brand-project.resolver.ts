import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { BrandProjectEntity } from './brand-project.entity';
import { BrandProject } from './brand-project.type';

@Resolver(() => BrandProject)
export class BrandProjectResolver {
  @Query(() => [BrandProject], { description: 'All brand projects, by name (精品项目).' })
  brandProjects(@Ctx() ctx: VolunteersContext) {
    return ctx.db.getRepository(BrandProjectEntity).find({ order: { name: 'ASC' } });
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit that runs it (主办单位).' })
  orgUnit(@Root() project: BrandProjectEntity): OrgUnitStub {
    return { id: String(project.orgUnitId) };
  }

  @FieldResolver(() => [VolunteerTeam], { description: 'Teams in the project (项目团队).' })
  teams(@Root() project: BrandProjectEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.teamsByBrandProject.load(project.id);
  }
}
