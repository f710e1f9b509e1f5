// Sync benchmark: a synthetic design of N models (core/schema/SyntheticDesign) synced into an
// empty database, then the no-op diff of the result. bench/run-sync-bench.sh runs it next to
// psql running the same DDL in one transaction (the floor).
//   bench_sync --ddl N                 print the PostgreSQL DDL of the design (for psql)
//   bench_sync --url URL [N] [RUNS]    sync into URL (must be empty), then diff RUNS times
// The password comes from RELATA_PASSWORD. Output: one "key value" line per figure (ms).
#include "resolve/Resolver.h"
#include "schema/SyntheticDesign.h"
#include "sql/DdlGenerator.h"
#include "sync/SyncSession.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace relata;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

int fail(const std::string& what) {
    std::fprintf(stderr, "bench_sync: %s\n", what.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("--ddl")) {
        const Document doc = SyntheticDesign::generate(args[2].toInt());
        const ResolvedSchema schema = Resolver::resolve(doc);
        const std::string script = DdlGenerator::createScript(schema, *Dialect::create(DialectKind::Postgres));
        std::fwrite(script.data(), 1, script.size(), stdout);
        return 0;
    }
    if (args.size() < 3 || args[1] != QLatin1String("--url"))
        return fail("usage: bench_sync --ddl N | bench_sync --url URL [N] [RUNS]");
    const int models = args.size() > 3 ? args[3].toInt() : 1000;
    const int runs = args.size() > 4 ? args[4].toInt() : 5;
    ConnectionUrl url;
    std::string error;
    if (!ConnectionUrl::parse(args[2].toStdString(), url, error)) return fail(error);
    const Document doc = SyntheticDesign::generate(models);
    const ResolvedSchema schema = Resolver::resolve(doc);
    if (schema.error) return fail("design: " + schema.error->message);

    const auto t0 = Clock::now();
    DatabaseConnection connection;
    DatabaseConnection::Options options;
    options.createSqliteFile = true;
    if (!connection.open(url, options, error)) return fail(error);
    SyncSession session(doc, schema, connection);
    if (!session.readLive(error)) return fail(error);
    if (!session.live().tables.empty()) return fail("the database is not empty");
    const SyncPlan plan = session.plan(SyncMode::Alter);
    const ApplyResult result = session.apply(plan);
    if (!result.ok) return fail(result.text());
    const double sync = msSince(t0);

    std::vector<double> diffs, reads;
    size_t left = 0;
    for (int i = 0; i < runs; ++i) {
        const auto t = Clock::now();
        if (!session.readLive(error)) return fail(error);
        reads.push_back(msSince(t));
        left = session.plan(SyncMode::Alter).steps.size();
        diffs.push_back(msSince(t));
    }
    std::sort(diffs.begin(), diffs.end());
    std::sort(reads.begin(), reads.end());
    std::printf("models %d\ntables %zu\nstatements %zu\nsync_ms %.1f\ndiff_median_ms %.1f\ndiff_best_ms %.1f\n"
                "introspect_median_ms %.1f\ndiff_steps %zu\n",
                models, schema.tables.size(), plan.statements().size(), sync, diffs[diffs.size() / 2], diffs.front(),
                reads[reads.size() / 2], left);
    return left == 0 ? 0 : 2;
}
