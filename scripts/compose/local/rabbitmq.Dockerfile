# Stands in for rabbitmq:3.13-management-alpine where no registry is reachable: Debian's RabbitMQ
# (3.10, with the management and Prometheus plugins it ships), run as its own user so that the
# healthcheck's CLI shares the server's Erlang cookie.
FROM agora-local/bookworm:base
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /etc/rabbitmq/conf.d /etc/rabbitmq/definitions \
  && chown -R rabbitmq:rabbitmq /etc/rabbitmq /var/lib/rabbitmq
ENV HOME=/var/lib/rabbitmq PATH=/usr/lib/rabbitmq/bin:$PATH RABBITMQ_LOGS=-
USER rabbitmq
EXPOSE 5672 15672 15692
COPY rabbitmq-entrypoint.sh /usr/local/bin/rabbitmq-entrypoint
CMD ["sh", "/usr/local/bin/rabbitmq-entrypoint"]
