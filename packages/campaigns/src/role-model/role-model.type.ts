import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@Directive('@key(fields: "id")')
@ObjectType('RoleModel', {
  description:
    'A role model (先进典型) selected and publicised by propaganda work, e.g. the "玉米书记" of a Tongchuan village, with honours and the campaigns that feature them.',
})
export class RoleModel {
  @Field(() => ID, { description: 'Stable identifier (典型编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 靳康鹏 (姓名).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Position held, e.g. 驻村第一书记 (职务).' })
  position: string | null;

  @Field(() => String, { nullable: true, description: 'Nickname the people gave, e.g. 玉米书记 (群众称呼).' })
  nickname: string | null;

  @Field(() => String, { nullable: true, description: 'What they achieved, with figures (先进事迹).' })
  achievements: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
