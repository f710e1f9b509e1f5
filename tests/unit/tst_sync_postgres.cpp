// Sync against a real postgres database (see sync_scenarios.h; servers: scripts/db-servers.sh).
#include "sync_scenarios.h"

class TstSync_postgres : public synctest::Suite {
    Q_OBJECT
public:
    TstSync_postgres() : Suite(relata::DialectKind::Postgres) {}
};

QTEST_GUILESS_MAIN(TstSync_postgres)
#include "moc_sync_test_support.cpp"
#include "tst_sync_postgres.moc"
