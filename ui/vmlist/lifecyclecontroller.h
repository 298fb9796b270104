#pragma once

#include "domainref.h"

#include <QObject>
#include <QString>

class QWidget;

// Runs lifecycle actions on one or many domains off the GUI thread, asks before
// destructive ones, and reports every per-VM failure in one dialog.
class LifecycleController final : public QObject
{
    Q_OBJECT

public:
    explicit LifecycleController(QWidget *window);

    // Whether the action makes sense for a domain in this state (and why not).
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
    void finishBatch(const std::shared_ptr<Batch> &batch);
    void restoreNow(Connection *connection, const QString &path);
    QString askHostPath(Connection *connection, const QString &title, const QString &suggestion, bool save);

    QWidget *m_window;
};
