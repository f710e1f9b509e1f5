// Sync against a real mysql database (see sync_scenarios.h; servers: scripts/db-servers.sh).
#include "sync_scenarios.h"

class TstSync_mysql : public synctest::Suite {
    Q_OBJECT
public:
    TstSync_mysql() : Suite(relata::DialectKind::MySql) {}
};

QTEST_GUILESS_MAIN(TstSync_mysql)
#include "moc_sync_test_support.cpp"
#include "tst_sync_mysql.moc"
