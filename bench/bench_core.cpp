// Core pipeline benchmark: load + resolve + validate + DDL for all three dialects on synthetic
// designs (core/schema/SyntheticDesign). Usage: bench_core [N ...]   (default: 100 1000 2000 5000 10000)
// Each N runs in a fresh child process so that the reported peak memory belongs to that N alone.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"
#include "schema/SyntheticDesign.h"
#include "sql/DdlGenerator.h"
#include "validate/Validator.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace relata;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

int runOne(int n) {
    const std::string text = DocumentWriter::write(SyntheticDesign::generate(n));
    const auto t0 = Clock::now();
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::read(text, doc, errors)) {
        std::fprintf(stderr, "synthetic design did not load: %s\n", errors.front().message.c_str());
        return 1;
    }
    const double load = msSince(t0);
    auto t = Clock::now();
    const ResolvedSchema schema = Resolver::resolve(doc);
    const double resolve = msSince(t);
    if (schema.error) {
        std::fprintf(stderr, "synthetic design did not resolve: %s\n", schema.error->message.c_str());
        return 1;
    }
    t = Clock::now();
    const Diagnostics findings = Validator::validate(doc, schema);
    const double validate = msSince(t);
    t = Clock::now();
    size_t bytes = 0;
    for (DialectKind k : Dialect::all()) bytes += DdlGenerator::createScript(schema, *Dialect::create(k)).size();
    const double ddl = msSince(t);
    const double total = msSince(t0);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    size_t associations = doc.associations.size();
    std::printf("| %6d | %6zu | %6zu | %8.1f | %8.1f | %8.1f | %8.1f | %8.1f | %7.0f | %zu findings, %zu KB DDL\n", n,
                associations, schema.tables.size(), load, resolve, validate, ddl, total,
                static_cast<double>(usage.ru_maxrss) / 1024.0, findings.size(), bytes / 1024);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty()) sizes = {100, 1000, 2000, 5000, 10000};
    std::printf("| models | assocs | tables | load ms  | resolve  | validate | DDL x3   | total ms | peak MB |\n");
    std::printf("|-------:|-------:|-------:|---------:|---------:|---------:|---------:|---------:|--------:|\n");
    std::fflush(stdout);
    int failures = 0;
    for (int n : sizes) {
        const pid_t child = fork();
        if (child == 0) {
            const int rc = runOne(n);
            std::fflush(stdout);
            _exit(rc);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failures;
    }
    return failures == 0 ? 0 : 1;
}
