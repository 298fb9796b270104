#pragma once

#include "domainref.h"

#include <QObject>
#include <QString>

#include <functional>

class Connection;
class QWidget;

// Runs lifecycle actions on one or many domains off the GUI thread, asks before
// destructive ones, and reports every per-VM failure in one dialog.
class LifecycleController final : public QObject
{
    Q_OBJECT

public:
    explicit LifecycleController(QWidget *window);

    // Whether the action makes sense for a domain in this state (and why not),
    // and its name: both read from the table in domainactions.h.
    static bool canPerform(DomainAction action, const DomainInfo &info, QString *whyNot = nullptr);
    static QString actionName(DomainAction action);

    void perform(DomainAction action, const DomainRefs &domains);
    void saveToFile(const DomainRefs &domains);
    void restoreFromFile(Connection *connection);
    void rename(const DomainRef &domain);
    void remove(const DomainRefs &domains);

signals:
    // After every call of a batch has answered; failures already reported.
    void batchFinished(int failures);

private:
    struct Batch;
    using Answer = std::function<void(const QString &)>;
    void run(DomainAction action, const DomainRefs &targets);
    void saveNow(const QVector<QPair<DomainRef, QString>> &jobs);
    void finishBatch(const std::shared_ptr<Batch> &batch);
    // Images a remote host keeps outside every pool: offers to delete them
    // through a temporary pool on their folder, or says which stay where.
    void offerFolderPoolDeletion(Connection *connection, const QString &vm, const QStringList &paths);
    void restoreNow(Connection *connection, const QString &path);
    // The questions return at once (no nested event loop); the answer comes
    // later, when the list may have changed and the connection may be gone.
    void askHostPath(Connection *connection, const QString &title, const QString &suggestion, bool save, Answer chosen);
    void askFolder(const QString &title, Answer chosen);
    void askText(const QString &title, const QString &label, const QString &suggestion, Answer chosen);

    QWidget *m_window;
};
