import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type';

@ObjectType('AuditEntry', { description: 'One entry of the audit log (审计日志): a mutation or a read of unmasked personal data.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id, increasing with time.' })
  id: string;

  @Field({ description: 'When it happened (时间).' })
  at: Date;

  @Field({ description: 'Who: the token subject (操作人).' })
  actor: string;

  @Field({ description: 'The role the actor acted in (角色).' })
  role: string;

  @Field(() => String, { nullable: true, description: 'Code of the org unit the actor is scoped to (所属阵地编码).' })
  actorOrgUnit: string | null;

  @Field({ description: 'What: the mutation name, or READ_PERSONAL_DATA for a read of unmasked personal data (操作).' })
  action: string;

  @Field({ description: 'The type of the records concerned, e.g. Volunteer (对象类型).' })
  entityType: string;

  @Field(() => [ID], { description: 'Ids of the records concerned (对象编号).' })
  entityIds: string[];

  @Field({ description: 'The subgraph that wrote the entry (服务).' })
  service: string;

  @Field(() => String, { nullable: true, description: 'Request id, as in the x-request-id header and logs (请求编号).' })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given, e.g. for a correction or a void (原因).' })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The changed fields as JSON, each with its value before and after: {"audienceCount":{"from":120,"to":210}} (变更内容).',
  })
  changesJson: string | null;
}

@InputType('AuditLogFilter', { description: 'Conditions on audit entries; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only entries by this actor (token subject).' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. registerVolunteer or READ_PERSONAL_DATA.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about this record type, e.g. Volunteer.' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries that concern this record id.' })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this instant.' })
  to?: Date | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', 'audit log entries (审计日志)');
