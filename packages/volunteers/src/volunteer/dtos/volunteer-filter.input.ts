import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore, NumberRange } from '@civic/subgraph-kit';
import { PoliticalStatus, VolunteerKind } from '../volunteer-enums';

@InputType({ description: 'Which volunteers to list; all given conditions must hold (志愿者筛选).' })
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Only volunteers registered at this unit (所属阵地).' })
  homeUnitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name: Chinese characters match the name (钱俊), Latin letters its pinyin, whole or initials (qianjunjie, qjj) (姓名搜索).',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only current members of this team (所在服务队).' })
  teamId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only volunteers with at least this star level, 0–5 (最低星级).' })
  @IsOptional()
  @NumberRange(0, 5)
  minStarLevel?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only volunteers with exactly this star level, 0–5 (星级).' })
  @IsOptional()
  @NumberRange(0, 5)
  starLevel?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only volunteers registered at this unit or anywhere below it (所属范围).' })
  subtreeOf?: string | null;

  @Field(() => [VolunteerKind], {
    nullable: true,
    description: 'Only volunteers of at least one of these kinds, e.g. FIVE_ELDERS (志愿者类别).',
  })
  kinds?: VolunteerKind[] | null;

  @Field(() => [PoliticalStatus], { nullable: true, description: 'Only volunteers of one of these political statuses (政治面貌).' })
  politicalStatuses?: PoliticalStatus[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only volunteers registered on or after this China day, YYYY-MM-DD (注册起始日期).',
  })
  registeredFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only volunteers registered on or before this China day, YYYY-MM-DD (注册截止日期).',
  })
  @NotBefore('registeredFrom')
  registeredTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include deregistered volunteers (default false: the register as it stands) (含已注销).',
  })
  includeDeregistered?: boolean | null;
}
