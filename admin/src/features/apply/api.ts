import { meQueryKey, unwrap, useApiContext, type BodyOf } from '@bangfu/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { profileKey } from '../supplier-portal/profile/api';

export type ApplicationBody = BodyOf<'/api/supplier-applications', 'post'>;

/**
 * Files a supplier application. The API answers with a token for the new applicant account: the
 * applicant is signed in at once and lands on the profile, which shows 待审核.
 */
export function useApply() {
  const { api, tokens } = useApiContext();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplicationBody) => {
      const res = await unwrap(api.POST('/api/supplier-applications', { body }));
      qc.removeQueries(); // nothing from an earlier session may leak into the applicant's
      tokens.set(res.accessToken);
      qc.setQueryData(profileKey, res.supplier);
      await qc.fetchQuery({ queryKey: meQueryKey, queryFn: () => unwrap(api.GET('/api/auth/me')) });
      return res;
    },
  });
}
