// Sync against a real sqlite database (see sync_scenarios.h; servers: scripts/db-servers.sh).
#include "sync_scenarios.h"

class TstSync_sqlite : public synctest::Suite {
    Q_OBJECT
public:
    TstSync_sqlite() : Suite(relata::DialectKind::Sqlite) {}
};

QTEST_GUILESS_MAIN(TstSync_sqlite)
#include "moc_sync_test_support.cpp"
#include "tst_sync_sqlite.moc"
