#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An inline message above a view for background problems (a host lost, a
// reconnect under way); never modal.
class Banner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit Banner(QWidget *parent = nullptr);

    // secondActionLabel: a second button (Restore / Discard), after the first.
    void showMessage(Kind kind, const QString &text, const QString &actionLabel = {},
                     const QString &secondActionLabel = {});
    QString text() const;
    // For the window's Tab order; hidden unless showMessage() has an action.
    QWidget *actionButton() const;
    QWidget *secondActionButton() const;

signals:
    void actionTriggered();
    void secondActionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_secondAction;
};
