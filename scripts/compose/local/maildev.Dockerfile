# Stands in for maildev/maildev where no registry is reachable: the same release from npm.
ARG NODE_IMAGE=agora-local/node:20.20.2
FROM ${NODE_IMAGE}
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wget >/dev/null \
  && rm -rf /var/lib/apt/lists/* \
  && npm install -g --no-audit --no-fund --loglevel=error maildev@2.2.1
USER node
EXPOSE 1025 1080
CMD ["maildev"]
