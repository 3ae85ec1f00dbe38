import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  ANONYMOUS,
  type AppError,
  forbidden,
  grants,
  type Identity,
  notFound,
  type Permission,
  SCOPED_ROLES,
  unauthenticated,
} from '@civic/runtime';
import { unitScopeLoader } from './unit-scope';

/**
 * The one place resolvers ask "may this caller do that?". One per request; subtree checks are
 * batched, so a list of a hundred rows costs one statement, not a hundred.
 */
export class AccessControl {
  private readonly scope: DataLoader<number, boolean | undefined>;

  constructor(
    readonly identity: Identity,
    db: DataSource,
  ) {
    this.scope = unitScopeLoader(db, identity.orgUnitCode);
  }

  get isSignedIn(): boolean {
    return this.identity.role !== ANONYMOUS.role;
  }

  /** Personal data is never shown to callers without a token. */
  requireSignedIn(what = 'this data'): void {
    if (!this.isSignedIn) throw unauthenticated(`sign in to read ${what}`);
  }

  /**
   * Allows `permission` on the org unit `unitId`, or throws: UNAUTHENTICATED without a token,
   * FORBIDDEN for a role without it or a unit outside the caller's subtree, NOT_FOUND for no such unit.
   */
  async requireWrite(permission: Permission, unitId: number): Promise<void> {
    const scopeCode = this.writeScope(permission);
    const inside = await this.scope.load(unitId);
    if (inside === undefined) throw notFound('org unit', unitId);
    if (scopeCode !== null && !inside) throw this.outsideScope(permission, unitId);
  }

  /**
   * Whether the caller may use `permission` on org unit `unitId`, decided as `requireWrite` decides,
   * for what is shown only to those who may (a refusal is `false`; a failed lookup still throws).
   */
  async mayWrite(permission: Permission, unitId: number): Promise<boolean> {
    const { role } = this.identity;
    if (!this.isSignedIn || !grants(role, permission)) return false;
    const inside = await this.scope.load(unitId);
    return inside !== undefined && (!SCOPED_ROLES.has(role) || inside);
  }

  /**
   * For a write that checks the subtree inside its own SQL statement: throws as `requireWrite` does
   * when the caller may not use `permission` at all, and otherwise answers the code of the unit
   * whose subtree confines the write, or null when nothing confines it (ADMIN).
   */
  writeScope(permission: Permission): string | null {
    const { role, orgUnitCode } = this.identity;
    if (!this.isSignedIn) throw unauthenticated('sign in to change data');
    if (!grants(role, permission)) throw forbidden(`role ${role} may not ${describe(permission)}`);
    return SCOPED_ROLES.has(role) ? (orgUnitCode ?? '') : null;
  }

  /** The refusal of a write under `permission` aimed at org unit `unitId`, outside the caller's subtree. */
  outsideScope(permission: Permission, unitId: number): AppError {
    const { role, orgUnitCode } = this.identity;
    return forbidden(
      `role ${role} of ${orgUnitCode} may only ${describe(permission)} inside its own subtree; org unit ${unitId} is outside it`,
    );
  }

  /**
   * Whether the caller may see unmasked personal data held at org unit `unitId` (a volunteer's
   * home unit, a unit's contact): ADMIN always, ORG_ADMIN inside its subtree, a VOLUNTEER for its
   * own record (`volunteerId`), nobody else.
   */
  async maySeePersonalData(subject: { unitId: number | null; volunteerId?: number }): Promise<boolean> {
    switch (this.identity.role) {
      case 'ADMIN':
        return true;
      case 'ORG_ADMIN':
        return subject.unitId !== null && (await this.scope.load(subject.unitId)) === true;
      case 'VOLUNTEER':
        return subject.volunteerId !== undefined && this.isVolunteer(subject.volunteerId);
      default:
        return false;
    }
  }

  /** Whether the caller is the volunteer with this id (a VOLUNTEER token acting for itself). */
  isVolunteer(volunteerId: number): boolean {
    return this.identity.role === 'VOLUNTEER' && this.identity.volunteerId === String(volunteerId);
  }

  requirePermission(permission: Permission): void {
    if (!this.isSignedIn) throw unauthenticated('sign in first');
    if (!grants(this.identity.role, permission)) throw forbidden(`role ${this.identity.role} may not ${describe(permission)}`);
  }
}

const VERBS: Record<Permission, string> = {
  'org:write': 'change org units',
  'volunteer:register': 'register volunteers',
  'service:record': 'record service hours',
  'event:record': 'record campaign events',
  'order:write': 'handle service orders',
  'campaign:write': 'create or edit campaigns',
  'training:write': 'create or edit training programs',
  'training:enroll': 'enroll participants',
  'view:write': 'save or change saved views (看板)',
  'query:write': 'save or change saved queries (分析查询)',
  'designation:apply': 'apply for a designation (申报)',
  'designation:decide': 'decide designation applications (审核、命名)',
  'meeting:write': 'record joint meetings and their follow-ups (联席会议)',
  'honour:write': 'record role models and their honours (先进典型)',
  'mobilisation:write': 'call up special-period mobilisations (应急动员)',
  'grid:write': 'record grid visits, disputes and assistance (网格工作)',
  'work:write': 'record works and materials (作品、教材)',
  'calendar:write': 'edit the activity calendar (文明实践日历)',
  'points:award': 'award or set points (积分)',
  'points:redeem': 'hand over goods for points at an exchange (积分兑换)',
  'exchange:write': 'run an exchange: its goods, prices and stock (爱心超市)',
  'assessment:write': 'define assessment indicators, targets and weights (考核指标)',
  'inspection:write': 'record inspections and their required fixes (督查)',
  'recognition:write': 'record recognitions of a period (评优)',
  'audit:read': 'read the audit log',
};

function describe(permission: Permission): string {
  return VERBS[permission];
}
