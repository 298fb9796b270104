#include "languagefollower.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace {

// One application-wide filter for every model: it only looks at the events
// the application object itself receives.
class LanguageWatch final : public QObject
{
    Q_OBJECT

public:
    static LanguageWatch *instance()
    {
        static LanguageWatch *watch = [] {
            auto *w = new LanguageWatch(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(w);
            return w;
        }();
        return watch;
    }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && !m_pending) {
            // Removing and installing catalogues sends one event each; views
            // need to ask once, after the last.
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                emit changed();
            });
        }
        return false;
    }

private:
    using QObject::QObject;
    bool m_pending = false;
};

} // namespace

void followLanguage(QAbstractItemModel *model)
{
    if (!QCoreApplication::instance())
        return;
    QObject::connect(LanguageWatch::instance(), &LanguageWatch::changed, model, [model] {
        const int columns = model->columnCount();
        if (columns > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        emit model->layoutAboutToBeChanged();
        emit model->layoutChanged();
    });
}

#include "languagefollower.moc"
