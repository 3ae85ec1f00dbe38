import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { whereNameMatches } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { BrandProjectEntity } from './brand-project.entity';
import { BrandProject } from './brand-project.type';

@Resolver(() => BrandProject)
export class BrandProjectResolver {
  @Query(() => [BrandProject], { description: 'Brand projects, by name; retired ones only when asked for (精品项目).' })
  brandProjects(
    @Arg('search', () => String, {
      nullable: true,
      description: 'Name: Chinese characters match it (文明劝导), Latin letters its pinyin, whole or initials (wmqd) (名称搜索).',
    })
    search: string | null,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'Include retired projects (default false) (含已停用).' })
    includeRetired: boolean | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    const query = ctx.db.getRepository(BrandProjectEntity).createQueryBuilder('project').orderBy('project.name').addOrderBy('project.id');
    if (!includeRetired) query.andWhere('project.retired_at IS NULL');
    return whereNameMatches(query, 'volunteers', 'name', search).getMany();
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
