import { createAppSession } from '@bangfu/api-client';

/** The storefront's own session (key separate from the admin's). */
export const { tokens, api, queryClient, onSessionExpired } = createAppSession('bangfu.storefront.token');
