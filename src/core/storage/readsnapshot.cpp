#include "storage/readsnapshot.h"

#include "domain/errors.h"
#include "storage/sqlengine.h"

#include <QCoreApplication>

#include <barrier>
#include <mutex>

namespace karvan {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(m_db.transaction()) {}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.rollback();
}

struct SharedReadSnapshot::State
{
    explicit State(int threads) : sync(threads) {}
    std::barrier<> sync;
    std::mutex mutex;
    QString failure;    // the first problem, for every thread to throw
    bool changed = false;
};

SharedReadSnapshot::SharedReadSnapshot(int threads) : m_state(std::make_unique<State>(threads)) {}

SharedReadSnapshot::~SharedReadSnapshot() = default;

void SharedReadSnapshot::lead(const QSqlDatabase &control, QSqlDatabase &reader)
{
    run(&control, reader);
}

void SharedReadSnapshot::follow(QSqlDatabase &reader)
{
    run(nullptr, reader);
}

void SharedReadSnapshot::abandon()
{
    {
        const std::lock_guard lock(m_state->mutex);
        if (m_state->failure.isEmpty())
            m_state->failure = QCoreApplication::translate("karvan::Database", "the database could not be read");
    }
    m_state->sync.arrive_and_drop();
}

void SharedReadSnapshot::run(const QSqlDatabase *control, QSqlDatabase &reader)
{
    State &s = *m_state;
    const auto fail = [&s](const QString &message) {
        const std::lock_guard lock(s.mutex);
        if (s.failure.isEmpty())
            s.failure = message;
    };
    const auto failed = [&s] {
        const std::lock_guard lock(s.mutex);
        return s.failure;
    };
    for (int attempt = 0; attempt < 10; ++attempt) {
        qint64 before = 0;
        if (control) {
            try {
                before = sqlengine::dataVersion(*control);
            } catch (const DatabaseError &e) {
                fail(e.message());
            }
        }
        s.sync.arrive_and_wait(); // the leader has its first reading
        bool open = false;
        if (failed().isEmpty()) {
            try {
                sqlengine::beginRead(reader);
                open = true;
            } catch (const DatabaseError &e) {
                fail(e.message());
            }
        }
        s.sync.arrive_and_wait(); // every reader holds a snapshot
        if (control && failed().isEmpty()) {
            try {
                const bool changed = sqlengine::dataVersion(*control) != before;
                const std::lock_guard lock(s.mutex);
                s.changed = changed;
            } catch (const DatabaseError &e) {
                fail(e.message());
            }
        }
        s.sync.arrive_and_wait(); // the leader has checked
        QString problem;
        bool changed = false;
        {
            const std::lock_guard lock(s.mutex);
            problem = s.failure;
            changed = s.changed;
        }
        s.sync.arrive_and_wait(); // everyone has read the verdict
        if (problem.isEmpty() && !changed)
            return;
        if (open)
            reader.rollback();
        if (!problem.isEmpty())
            throw DatabaseError(problem);
    }
    throw DatabaseError(QCoreApplication::translate(
        "karvan::Database", "the database kept changing while it was being read; try again"));
}

} // namespace karvan
