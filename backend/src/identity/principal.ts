import { Role } from './role';

/** Who is making the request, as the guard resolved it from the bearer token and the database. */
export interface Principal {
  id: string;
  name: string;
  roles: Role[];
  agencyId: string | null;
  supplierId: string | null;
}

export const isOperator = (p: Principal) => p.roles.includes(Role.OPERATOR);
