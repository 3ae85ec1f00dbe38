/** Roles a console user signs in as (the gateway's roles). */
export type Role = 'ADMIN' | 'ORG_ADMIN' | 'OPERATOR' | 'PROPAGANDA' | 'ANALYST' | 'VOLUNTEER';

/** What the console reads from a token; the gateway alone verifies it. */
export interface Session {
  token: string;
  role: Role;
  subject: string;
  /** Org unit code the role is scoped to (ORG_ADMIN, OPERATOR, PROPAGANDA). */
  orgUnitCode?: string;
  volunteerId?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '平台管理员',
  ORG_ADMIN: '阵地管理员',
  OPERATOR: '站所工作人员',
  PROPAGANDA: '宣传部门',
  ANALYST: '数据分析员',
  VOLUNTEER: '志愿者',
};

const STORAGE_KEY = 'civic.console.token';

/** The claims of a JWT, or null when it is not one the console can read. */
export function sessionOfToken(token: string, now = Date.now()): Session | null {
  const payload = token.trim().split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(decodeURIComponent(escape(json))) as {
      role?: string;
      sub?: string;
      org?: string;
      vol?: string;
      exp?: number;
    };
    if (!claims.role || !(claims.role in ROLE_LABELS)) return null;
    const expiresAt = claims.exp ? claims.exp * 1000 : undefined;
    if (expiresAt !== undefined && expiresAt <= now) return null;
    return {
      token: token.trim(),
      role: claims.role as Role,
      subject: claims.sub ?? '',
      orgUnitCode: claims.org,
      volunteerId: claims.vol,
      expiresAt,
    };
  } catch {
    return null;
  }
}

export function storedSession(): Session | null {
  const token = localStorage.getItem(STORAGE_KEY);
  return token ? sessionOfToken(token) : null;
}

export function storeToken(token: string | null): void {
  if (token) localStorage.setItem(STORAGE_KEY, token);
  else localStorage.removeItem(STORAGE_KEY);
}
