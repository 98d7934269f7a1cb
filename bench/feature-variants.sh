#!/usr/bin/env bash
# A feature's cost on the status change, measured as "the same code with and without it" (issues 10, 11, 14: "status
# change throughput with the SLA maintained / with notifications on … within N % of today's, before and after"):
# builds jars of one commit with one feature's hook on the status change taken out, into target/variants/:
#
#   main.jar              the commit as it is
#   no-sla.jar            no SLA clocks kept on a change, none in its answer (TicketManagement's and TicketAssembler's
#                         optional SLA collaborators resolve to nothing, as in an application without the sla module)
#   no-notifications.jar  NotificationFanout's TicketChanged listener unregistered
#   no-automation.jar     AutomationEngine's TicketChanged listener unregistered (and its trigger check with it)
#   no-live.jar           LiveReactions' TicketChanged listener unregistered (nothing pushed, no pg_notify)
#
# Then compare them alternately with bench/status-change-profile.sh (bench/README.md, "A feature's cost").
#   bash bench/feature-variants.sh [COMMIT]      (default HEAD; a temporary worktree, nothing here is touched)
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:-HEAD}
out=$PWD/target/variants; mkdir -p "$out"
tree=$(mktemp -d)/tree
git worktree add -q --detach "$tree" "$ref"
trap 'git worktree remove --force "$tree"' EXIT

build() {
  if [ "$1" != main ] && git -C "$tree" diff --quiet; then
    echo "$1: the code it takes out is no longer where this script expects it" >&2; exit 1
  fi
  (cd "$tree" && ./mvnw -q -DskipTests -DskipPostgres -DskipFrontend -Dspotless.check.skip=true package) >/dev/null
  cp "$tree"/target/worktrackr-*.jar "$out/$1.jar"
  git -C "$tree" diff > "$out/$1.diff"
  git -C "$tree" checkout -q -- .
  echo "built $out/$1.jar"
}
# unregister a listener: drop the annotation right before the method (the method stays, unused)
unlisten() {
  python3 - "$tree/$1" "$2" "$3" <<'PY'
import sys
path, method, annotation = sys.argv[1:]
s = open(path).read()
i = s.index(method)
j = s.rindex(annotation, 0, i)
open(path, "w").write(s[:j] + s[i:])
PY
}
main=src/main/java/io/worktrackr
build main
sed -i 's/SingletonSupplier.of(deadlines::getIfAvailable)/SingletonSupplier.of(() -> null)/' "$tree/$main/tickets/TicketManagement.java"
sed -i 's/SingletonSupplier.of(sla::getIfAvailable)/SingletonSupplier.of(() -> null)/' "$tree/$main/tickets/web/TicketAssembler.java"
build no-sla
unlisten $main/notifications/NotificationFanout.java 'void on(TicketChanged event)' '@ApplicationModuleListener'
build no-notifications
unlisten $main/automation/AutomationEngine.java 'void on(TicketChanged event)' '@ApplicationModuleListener'
build no-automation
unlisten $main/live/LiveReactions.java 'void on(TicketChanged event)' '@EventListener'
build no-live
