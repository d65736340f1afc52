import { createAppSession } from '@bangfu/api-client';

/** The admin's own session (key separate from the storefront's). */
export const { tokens, api, queryClient, onSessionExpired } = createAppSession('bangfu.admin.token');
