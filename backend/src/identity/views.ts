import { User } from './user.entity';
import { UserView } from './dto';

export const userView = (u: User): UserView => ({
  id: u.id,
  name: u.name,
  phone: u.phone,
  roles: u.roles,
  agencyId: u.agencyId,
  supplierId: u.supplierId,
  status: u.status,
  createdAt: u.createdAt.toISOString(),
});
