import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type Responses<P extends keyof paths, M extends Method> = Op<P, M> extends { responses: infer R } ? R : never;

/** JSON body of the success (200/201) response of an operation. */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Json<Responses<P, M>[200 & keyof Responses<P, M>]> | Json<Responses<P, M>[201 & keyof Responses<P, M>]>;

/** JSON request body of an operation. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Op<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;

export type AuthResponse = ResponseOf<'/api/auth/login', 'post'>;
export type LoginBody = BodyOf<'/api/auth/login', 'post'>;
export type RegisterBody = BodyOf<'/api/auth/register', 'post'>;
export type Me = ResponseOf<'/api/auth/me', 'get'>;
export type Pairing = ItemOf<ResponseOf<'/api/regions/pairings', 'get'>>;
export type CreatePairingBody = BodyOf<'/api/regions/pairings', 'post'>;
export type EndPairingBody = BodyOf<'/api/regions/pairings/{id}/end', 'post'>;
export type HelperUnit = ItemOf<ResponseOf<'/api/regions/helper-units', 'get'>>;
export type Division = ItemOf<ResponseOf<'/api/regions/divisions', 'get'>>;
export type Agency = ItemOf<ResponseOf<'/api/admin/agencies', 'get'>>;
export type CreateAgencyBody = BodyOf<'/api/admin/agencies', 'post'>;
export type Supplier = ItemOf<ResponseOf<'/api/admin/suppliers', 'get'>>;
export type CreateSupplierBody = BodyOf<'/api/admin/suppliers', 'post'>;
export type AdminUser = ItemOf<ResponseOf<'/api/admin/users', 'get'>>;
export type CreateUserBody = BodyOf<'/api/admin/users', 'post'>;
