# phiscan container image.
#   docker build -t phiscan .
#   docker run --rm -v "$PWD:/work" -w /work phiscan scan --terraform-plan plan.json --format sarif,html
#   docker run --rm phiscan demo --format html --output /tmp/out
# Build stage: the package built from source and packed exactly as npm publishes it (package.json
# "files"), then installed with production dependencies only. Runtime stage: that install and Node,
# nothing else, as an unprivileged user. Node 22 is an Active/Maintenance LTS line that phiscan's
# engines declare; pin the digest (node:22-bookworm-slim@sha256:...) for byte-reproducible builds.
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Dependencies first (a cached layer while only the sources change); `prepare` builds later.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm rebuild --no-audit --no-fund \
 && npm run build \
 && npm pack --ignore-scripts --pack-destination /tmp \
 && mkdir -p /opt/phiscan \
 && npm install --prefix /opt/phiscan --omit=dev --no-audit --no-fund /tmp/phiscan-*.tgz \
 && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# Everything the reports need comes with the package: the HTML client sources (bundled at render
# time), the JSON schemas, the demo world; nothing from the build tree.
COPY --from=build /opt/phiscan /opt/phiscan
ENV PATH=/opt/phiscan/node_modules/.bin:$PATH
# uid/gid 10001: no login shell, no home directory writes needed (reports go to --output).
USER 10001:10001
WORKDIR /work
ENTRYPOINT ["node", "/opt/phiscan/node_modules/phiscan/dist/src/cli/main.js"]
CMD ["--help"]
