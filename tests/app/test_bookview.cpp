// The book of accounts, offscreen: filter as you type, quick filters, "my book", activation,
// saved filters and the background health snapshot.
#include "../core/test_accountfixture.h"

#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"
#include "book/bookview.h"
#include "accounts/accounteditor.h"
#include "accounts/savedfilters.h"
#include "health/healthservice.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace karvan;
using namespace karvan::testing;

class TestBookView : public QObject
{
    Q_OBJECT

private:
    struct Env
    {
        AccountFixture f;
        Session session{std::move(f.database)};
        ~Env() { f.db = QSqlDatabase(); }  // let the session close its connection cleanly
    };

    static void waitForSnapshot(const Env &e)
    {
        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        QTRY_VERIFY_WITH_TIMEOUT(scalar(e.f.db, "SELECT COUNT(*) FROM health_snapshots WHERE month = ?", {month}) == 3, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void filterAsYouType()
    {
        Env e;
        BookView view(e.session, BookView::Scope::AllAccounts);
        QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QCOMPARE(view.visibleCount(), 3);
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        view.focusFilter();
        QTest::keyClicks(filter, QStringLiteral("acm"));
        QCOMPARE(view.visibleCount(), 1);
        auto *table = view.findChild<QTableView *>(QStringLiteral("tableView"));
        QCOMPARE(table->model()->index(0, AccountListModel::Name).data().toString(), QStringLiteral("Acme Corp"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("tabriz"));  // a custom field value
        QCOMPARE(view.visibleCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("nothing-like-this"));
        QCOMPARE(view.visibleCount(), 0);
        filter->clear();
        QCOMPARE(view.visibleCount(), 3);

        QSignalSpy activated(&view, &BookView::accountActivated);
        QTest::keyClicks(filter, QStringLiteral("beta"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), e.f.beta);
        waitForSnapshot(e);
    }

    void quickFiltersAndSavedFilters()
    {
        Env e;
        BookView view(e.session, BookView::Scope::AllAccounts);
        waitForSnapshot(e);  // the background scoring replaces the fixture's bands
        view.reload();
        auto *band = view.findChild<QComboBox *>(QStringLiteral("bandCombo"));
        auto *renewal = view.findChild<QSpinBox *>(QStringLiteral("renewalSpin"));
        QVERIFY(band && renewal);
        int withScore = 0;
        for (int r = 0; r < view.listModel()->rowCount(); ++r)
            withScore += view.listModel()->row(r).band != Band::Insufficient ? 1 : 0;
        band->setCurrentIndex(band->findData(int(Band::Insufficient)));
        QCOMPARE(view.visibleCount(), 3 - withScore);
        band->setCurrentIndex(0);
        QCOMPARE(view.visibleCount(), 3);
        const QDate today = QDate::currentDate();
        sql::exec(e.f.db, "UPDATE accounts SET renewal_date = '" + today.addDays(10).toString(Qt::ISODate)
                              + "' WHERE ext_id = 'A1'");
        sql::exec(e.f.db, "UPDATE accounts SET renewal_date = '" + today.addDays(200).toString(Qt::ISODate)
                              + "' WHERE ext_id = 'A2'");
        sql::exec(e.f.db, "UPDATE accounts SET renewal_date = '" + today.addDays(-5).toString(Qt::ISODate)
                              + "' WHERE ext_id = 'A3'");
        view.reload();
        renewal->setValue(30);
        QCOMPARE(view.visibleCount(), 1);
        renewal->setValue(365);
        QCOMPARE(view.visibleCount(), 2);  // a renewal already past is not "within"
        renewal->setValue(0);
        QCOMPARE(view.visibleCount(), 3);

        AccountFilterSpec spec;
        spec.text = QStringLiteral("acme");
        SavedFilters(e.session.connection(), QStringLiteral("t")).save(QStringLiteral("acme only"), spec);
        view.reload();
        BookView second(e.session, BookView::Scope::AllAccounts);
        auto *saved = second.findChild<QComboBox *>(QStringLiteral("savedCombo"));
        const int at = saved->findText(QStringLiteral("acme only"));
        QVERIFY(at > 0);
        saved->setCurrentIndex(at);
        Q_EMIT saved->activated(at);
        QCOMPARE(second.visibleCount(), 1);
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->text(), QStringLiteral("acme"));
    }

    void myBookShowsWhatIOwnAtTheCurrentStage()
    {
        Env e;
        BookView mine(e.session, BookView::Scope::MyBook);
        QCOMPARE(mine.visibleCount(), 0);  // nobody chosen yet
        e.session.setMe(QStringLiteral("alice@example.com"));
        QCOMPARE(mine.visibleCount(), 1);
        e.session.setMe(QStringLiteral("bob@example.com"));
        QCOMPARE(mine.visibleCount(), 1);
        QCOMPARE(mine.filterModel()->index(0, 0).data(AccountListModel::AccountIdRole).toLongLong(), e.f.gamma);
        // An ownership change elsewhere refreshes that account's row.
        sql::exec(e.f.db, "UPDATE ownership SET person_id = " + QString::number(e.f.alice)
                              + " WHERE account_id = " + QString::number(e.f.gamma));
        Q_EMIT e.session.accountChanged(e.f.gamma);
        QCOMPARE(mine.visibleCount(), 0);
        waitForSnapshot(e);
    }

    void backgroundSnapshotIsRecordedAndShown()
    {
        Env e;
        BookView view(e.session, BookView::Scope::AllAccounts);
        QSignalSpy status(&view, &BookView::statusMessage);
        waitForSnapshot(e);
        QTRY_VERIFY(!status.isEmpty());
        // The stored health now was from the fixture's day: it is scored again as of today, and
        // after the reload the list shows today's band for every account.
        const QDate today = QDate::currentDate();
        QTRY_COMPARE(text(e.f.db, "SELECT MIN(as_of) FROM health_current"), today.toString(Qt::ISODate));
        HealthService health(e.f.db);
        for (qint64 id : {e.f.acme, e.f.beta, e.f.gamma})
            QTRY_COMPARE(view.listModel()->row(view.listModel()->indexOf(id)).band, health.evaluate(id, today).band());
    }

    void churnedAccountsAreGreyedOutOfMyBookAndFoundByStatus()
    {
        Env e;
        AccountEditor(e.f.db, QStringLiteral("t")).setProfileValue(e.f.acme, QStringLiteral("status"), QStringLiteral("churned"));
        e.session.setMe(QStringLiteral("alice@example.com"));
        BookView mine(e.session, BookView::Scope::MyBook);
        QCOMPARE(mine.visibleCount(), 0);  // Alice's only account churned
        BookView all(e.session, BookView::Scope::AllAccounts);
        QCOMPARE(all.visibleCount(), 3);
        const int acme = all.listModel()->indexOf(e.f.acme);
        QCOMPARE(all.listModel()->row(acme).band, Band::Churned);
        QCOMPARE(all.listModel()->index(acme, AccountListModel::Health).data().toString(), bandLabel(Band::Churned));
        QVERIFY(all.listModel()->index(acme, 0).data(AccountListModel::MutedRole).toBool());
        auto *status = all.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(AccountFilterSpec::Status::Churned)));
        QCOMPARE(all.visibleCount(), 1);
        status->setCurrentIndex(status->findData(int(AccountFilterSpec::Status::Active)));
        QCOMPARE(all.visibleCount(), 2);
        auto *band = all.findChild<QComboBox *>(QStringLiteral("bandCombo"));
        status->setCurrentIndex(status->findData(int(AccountFilterSpec::Status::All)));
        band->setCurrentIndex(band->findData(int(Band::Churned)));
        QCOMPARE(all.visibleCount(), 1);
        waitForSnapshot(e);
    }
};

QTEST_MAIN(TestBookView)
#include "test_bookview.moc"
