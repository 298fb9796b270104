#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

// Answers dialogs the way a user would, whether the code under test opens
// them with open() (and returns) or runs them with exec() (and waits): a timer
// looks for the next expected dialog in whatever event loop is turning and
// runs that step once it is shown. A step may wait for other things (futures,
// signals) itself. A dialog shown after the last step is closed and noted in
// unexpected(): a stray error box fails the test instead of blocking it.
class ModalScript final : public QObject
{
public:
    using Step = std::function<void(QWidget *dialog)>;

    ModalScript()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
    }

    // The next dialog of type T that is shown, in order.
    template<typename T>
    void expect(std::function<void(T *)> step)
    {
        m_steps.push_back([step](QWidget *w) -> bool {
            T *dialog = qobject_cast<T *>(w);
            if (!dialog)
                return false;
            step(dialog);
            return true;
        });
    }

    void start() { m_timer.start(); }
    bool done() const { return m_next == m_steps.size(); }
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        if (m_running)
            return;
        QWidget *w = QApplication::activeModalWidget();
        if (!w || !w->isVisible())
            return;
        if (done()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            m_unexpected << w->windowTitle() + QStringLiteral(": ") + (box ? box->text() : w->objectName());
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
            else
                w->close();
            return;
        }
        m_running = true;
        if (m_steps[m_next](w))
            ++m_next;
        m_running = false;
    }

    QTimer m_timer;
    std::vector<std::function<bool(QWidget *)>> m_steps;
    size_t m_next = 0;
    bool m_running = false;
    QStringList m_unexpected;
};
