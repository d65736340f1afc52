# syntax=docker/dockerfile:1
# Bangfu Market front ends as static files behind nginx: the storefront at /, the admin at /admin,
# /api proxied to the backend replicas (docker/nginx.conf). Build from the repository root:
#   docker build -f docker/web.Dockerfile -t bangfu/web .
# (docker/docker-compose.yml does this for you.)

ARG NODE_IMAGE=node:20-bookworm
ARG NGINX_IMAGE=nginx:1.28-alpine
ARG PNPM_VERSION=10.34.8

# ---------------------------------------------------------------------------------------------
# manifests: every package.json + lockfile + workspace file, so the install layer below is cached
# until a manifest changes
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o -type f \
      \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) -print0 \
    | tar --null -cf - -T - | tar -xf - -C /manifests

# ---------------------------------------------------------------------------------------------
# build: only the two front ends and what they depend on (the API client), from the lockfile
FROM ${NODE_IMAGE} AS build
ARG PNPM_VERSION
ENV CI=true npm_config_update_notifier=false
WORKDIR /app
RUN npx --yes pnpm@${PNPM_VERSION} --version
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,id=bangfu-pnpm-store,target=/pnpm/store \
    npx --yes pnpm@${PNPM_VERSION} install --frozen-lockfile --store-dir /pnpm/store \
      --filter "@bangfu/storefront..." --filter "@bangfu/admin..."
COPY . .
RUN npx --yes pnpm@${PNPM_VERSION} --filter @bangfu/storefront --filter @bangfu/admin run build

# ---------------------------------------------------------------------------------------------
# runtime: nginx with the two builds; nginx.conf is a template so the upstream comes from the env
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /app/storefront/dist /usr/share/nginx/html
COPY --from=build /app/admin/dist /usr/share/nginx/html/admin
ENV BACKEND_UPSTREAM=backend:3000 \
    NGINX_ENVSUBST_FILTER=^BACKEND_
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=5 \
  CMD wget -q -O /dev/null http://127.0.0.1/nginx-health || exit 1
