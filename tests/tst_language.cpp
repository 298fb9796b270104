#include "addconnectiondialog.h"
#include "addhostdevicedialog.h"
#include "cjkfonts.h"
#include "connection.h"
#include "connectionmanager.h"
#include "deletedialog.h"
#include "hostwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "preferencesdialog.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace TestUtil;

namespace {

// Asked before every other catalogue: passes QVirt's catalogue's answer on
// and notes each of QVirt's strings that the catalogue does not have.
class RecordingTranslator final : public QTranslator
{
public:
    QTranslator catalogue;
    mutable QSet<QString> missing;

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString answer = catalogue.translate(context, source, disambiguation, n);
        // Qt's own classes (QDialogButtonBox, QPlatformTheme …) are Qt's catalogue's business.
        const bool qts = context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
        if (answer.isEmpty() && !qts && source && *source)
            missing.insert(QStringLiteral("%1: %2").arg(QLatin1String(context), QString::fromUtf8(source)));
        return answer;
    }
    bool isEmpty() const override { return false; }
};

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // Mnemonics: "&File" shows as "File"; "&&" as "&".
    text.replace(QRegularExpression(QStringLiteral("&(?!&)")), QString());
    return text.trimmed();
}

struct Shown
{
    QString text;
    QFont font;
    QString where;
};

void addActions(QList<Shown> *out, const QList<QAction *> &actions, const QFont &font, const QString &where)
{
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        out->append({plain(a->text()), font, where + QStringLiteral(" action ") + a->objectName()});
        if (a->menu()) {
            out->append({plain(a->menu()->title()), font, where + QStringLiteral(" menu")});
            addActions(out, a->menu()->actions(), font, where);
        }
    }
}

void addModel(QList<Shown> *out, QAbstractItemView *view, const QString &where)
{
    QAbstractItemModel *m = view->model();
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(); ++c)
        out->append({m->headerData(c, Qt::Horizontal).toString(), view->font(), where + QStringLiteral(" header")});
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < qMin(m->rowCount(parent), 100); ++r) {
            for (int c = 0; c < m->columnCount(parent); ++c) {
                const QModelIndex i = m->index(r, c, parent);
                out->append({i.data().toString(), view->font(), where + QStringLiteral(" cell")});
            }
            if (depth < 4)
                walk(m->index(r, 0, parent), depth + 1);
        }
    };
    walk({}, 0);
}

// Every string a person sees in the window, with the font it is drawn in.
QList<Shown> shownTexts(QWidget *window)
{
    QList<Shown> out;
    const QString name = window->objectName();
    out.append({window->windowTitle(), window->font(), name + QStringLiteral(" title")});
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != window && !w->isVisibleTo(window))
            continue;
        const QString where = name + QLatin1Char('/') + w->objectName() + QLatin1Char('(') + QLatin1String(w->metaObject()->className()) + QLatin1Char(')');
        out.append({w->accessibleName(), w->font(), where + QStringLiteral(" accessible name")});
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append({plain(l->text()), l->font(), where});
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out.append({plain(b->text()), b->font(), where});
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out.append({plain(g->title()), g->font(), where});
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out.append({e->placeholderText(), e->font(), where});
        else if (auto *t = qobject_cast<QTextBrowser *>(w))
            out.append({t->toPlainText(), t->font(), where});
        else if (auto *cb = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < cb->count(); ++i)
                out.append({cb->itemText(i), cb->font(), where});
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({plain(tabs->tabText(i)), tabs->font(), where});
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            addActions(&out, bar->actions(), bar->font(), where);
        } else if (auto *tb = qobject_cast<QToolBar *>(w)) {
            addActions(&out, tb->actions(), tb->font(), where);
        } else if (auto *v = qobject_cast<QTreeView *>(w)) {
            addModel(&out, v, where);
        }
    }
    out.removeIf([](const Shown &s) { return s.text.isEmpty(); });
    return out;
}

// Words no language translates: names of programs, protocols and the like.
bool untranslatedEnglish(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z][a-z]{2,} [a-z]{3,}\\b"));
    static const QRegularExpression allowed(QStringLiteral(
        "virsh --connect|qemu[+:]|test:///|/var/lib|\\.qcow2|vfio-pci|running-web|blocked-db|paused-build|shutdown-mail|"
        "shutoff-win10|crashed-legacy|pmsuspended-laptop|emoji-|Web server|QVirt|Noto Sans|DejaVu|English"));
    QString rest = text;
    rest.remove(allowed);
    return rest.contains(words);
}

} // namespace

// Each language as a reader of it sees QVirt on a server without CJK fonts
// (FONTCONFIG_FILE lists only DejaVu, set by the test's environment).
class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemHasNoCjkFont();
    void everyWindowReadable_data();
    void everyWindowReadable();
    void switchesAtRunTime();
    void cleanupTestCase();

private:
    void openEverything(QList<QWidget *> *windows);

    ConnectionManager *m_manager = nullptr;
    Connection *m_connection = nullptr;
    MainWindow *m_main = nullptr;
    RecordingTranslator m_recorder;
};

void tst_Language::initTestCase()
{
    MessageBox::setTestHook([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::No; });
    QVERIFY2(qEnvironmentVariable("FONTCONFIG_FILE").endsWith(QLatin1String("fonts-dejavu-only.conf")),
             "run through ctest: the test hides the system's CJK fonts");
}

void tst_Language::systemHasNoCjkFont()
{
    // Without QVirt's glyphs the fonts here draw boxes, as on a minimal server …
    for (auto r : {CjkFonts::Region::SimplifiedChinese, CjkFonts::Region::TraditionalChinese,
                   CjkFonts::Region::Japanese, CjkFonts::Region::Korean})
        QVERIFY2(!CjkFonts::covered(r), "a CJK font is visible to this test: the fontconfig file does not hide it");
    QVERIFY(CjkFonts::loadedFamilies().isEmpty());
    // … and an English UI still loads them, for CJK VM names.
    Language::apply(QStringLiteral("en"));
    QCOMPARE(CjkFonts::loadedFamilies().size(), 4);
    for (auto r : {CjkFonts::Region::SimplifiedChinese, CjkFonts::Region::TraditionalChinese,
                   CjkFonts::Region::Japanese, CjkFonts::Region::Korean})
        QVERIFY(CjkFonts::covered(r));
    QCOMPARE(QApplication::font().families().mid(1, 1), QStringList{QStringLiteral("Noto Sans CJK SC")});
    QCOMPARE(QApplication::font().families().first(), QStringLiteral("DejaVu Sans")); // a real family, not the alias
}

void tst_Language::openEverything(QList<QWidget *> *windows)
{
    if (!m_manager) {
        m_manager = new ConnectionManager;
        m_connection = m_manager->add(dataUri("states.xml"), true, false);
        QVERIFY(openAndLoad(m_connection));
        m_main = new MainWindow(m_manager);
        m_main->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_main));
    }
    windows->append(m_main);
    // One VM with a Chinese name selected: the actions and the status bar speak.
    QAbstractItemModel *m = m_main->view()->model();
    const QModelIndex host = m->index(0, 0);
    for (int r = 0; r < m->rowCount(host); ++r) {
        if (m->index(r, 0, host).data(DomainListModel::DomainRole).value<DomainInfo>().name == QString::fromUtf8("数据库服务器"))
            m_main->view()->setCurrentIndex(m->index(r, 0, host));
    }
    const DomainInfo *vm = m_connection->domainModel()->find(QString::fromUtf8("数据库服务器"));
    QVERIFY(vm);
    VmWindow *vmWindow = m_main->showDomain(m_connection, vm->uuid, VmWindow::OverviewPage);
    for (VmWindow::Page p : {VmWindow::ConsolePage, VmWindow::SnapshotsPage, VmWindow::HardwarePage, VmWindow::PerformancePage, VmWindow::OverviewPage})
        vmWindow->showPage(p);
    QTRY_VERIFY(!vmWindow->findChild<QTextBrowser *>(QStringLiteral("overviewDetails"))->toPlainText().isEmpty());
    windows->append(vmWindow);
    HostWindow *host2 = m_main->showHost(m_connection);
    host2->showPage(HostWindow::DevicesPage);
    host2->showPage(HostWindow::SummaryPage);
    windows->append(host2);

    auto *prefs = new PreferencesDialog(m_manager, m_main);
    prefs->setAttribute(Qt::WA_DeleteOnClose);
    prefs->show();
    windows->append(prefs);
    auto *add = new AddConnectionDialog(m_main);
    add->setAttribute(Qt::WA_DeleteOnClose);
    add->show();
    windows->append(add);
    auto *del = new DeleteDialog({DomainRef{m_connection, *vm}}, m_main);
    del->setAttribute(Qt::WA_DeleteOnClose);
    del->show();
    windows->append(del);
    auto *hostdev = new AddHostDeviceDialog(m_connection->hostDeviceModel(), vm->uuid, m_main);
    hostdev->setAttribute(Qt::WA_DeleteOnClose);
    hostdev->show();
    windows->append(hostdev);
    for (QWidget *w : std::as_const(*windows))
        QVERIFY2(QTest::qWaitForWindowExposed(w), qPrintable(w->objectName() + QLatin1Char(' ') + QString::number(w->isVisible())));
}

void tst_Language::everyWindowReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sample");    // a word of the catalogue, to prove it is in use
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString::fromUtf8("虚拟机");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QString::fromUtf8("虛擬機器");
    QTest::newRow("ja") << QStringLiteral("ja") << QString::fromUtf8("仮想マシン");
    QTest::newRow("ko") << QStringLiteral("ko") << QString::fromUtf8("가상 머신");
}

void tst_Language::everyWindowReadable()
{
    QFETCH(QString, language);
    QFETCH(QString, sample);
    Language::apply(language);
    QCOMPARE(Language::effective(), language);
    QVERIFY(m_recorder.catalogue.load(QStringLiteral(":/i18n/qvirt_%1.qm").arg(language)));
    m_recorder.missing.clear();
    QCoreApplication::removeTranslator(&m_recorder);
    QCoreApplication::installTranslator(&m_recorder); // asked first

    QList<QWidget *> windows;
    openEverything(&windows);
    QCoreApplication::sendPostedEvents(); // LanguageChange and the models' repaint requests
    QTest::qWait(0);

    QStringList boxes, english;
    bool sampleSeen = false;
    for (QWidget *w : std::as_const(windows)) {
        for (const Shown &s : shownTexts(w)) {
            sampleSeen |= s.text.contains(sample);
            QString missing = CjkFonts::missingCharacters(s.font, s.text);
            missing.removeIf([](QChar c) { return c.isSurrogate(); }); // emoji: no font here has them, none is promised
            if (!missing.isEmpty())
                boxes << QStringLiteral("%1: \"%2\" lacks %3").arg(s.where, s.text, missing);
            if (untranslatedEnglish(s.text))
                english << QStringLiteral("%1: \"%2\"").arg(s.where, s.text);
        }
    }
    for (QWidget *w : std::as_const(windows)) {
        if (w != m_main && qobject_cast<QDialog *>(w))
            w->close();
    }
    QVERIFY2(sampleSeen, qPrintable(sample));
    QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('\n'))));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QStringList missing(m_recorder.missing.cbegin(), m_recorder.missing.cend());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the catalogue:\n") + missing.join(QLatin1Char('\n'))));
    QCoreApplication::removeTranslator(&m_recorder);
}

void tst_Language::switchesAtRunTime()
{
    QList<QWidget *> windows;
    Language::apply(QStringLiteral("en"));
    openEverything(&windows);
    auto *vmWindow = qobject_cast<VmWindow *>(windows.at(1));
    auto *hostWindow = qobject_cast<HostWindow *>(windows.at(2));
    auto *prefs = qobject_cast<PreferencesDialog *>(windows.at(3));
    QVERIFY(vmWindow && hostWindow && prefs);
    for (QWidget *w : windows.mid(4))
        w->close();
    auto *tabs = vmWindow->findChild<QTabWidget *>(QStringLiteral("vmPages"));
    QHeaderView *header = m_main->view()->header();
    const int stateColumn = DomainListModel::StateColumn;
    QCOMPARE(tabs->tabText(VmWindow::SnapshotsPage), QStringLiteral("Snapshots"));
    QCOMPARE(m_main->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(header->model()->headerData(stateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));

    // Through the Preferences dialog, as a user does: English → 简体中文 → 한국어.
    auto *combo = prefs->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QSignalSpy headerChanged(header->model(), &QAbstractItemModel::headerDataChanged);
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("ko")}) {
        combo->setCurrentIndex(combo->findData(language));
        QCOMPARE(Language::effective(), language);
        QCOMPARE(Language::saved(), language); // remembered for the next start
        const auto tr = [](const char *context, const char *source, const char *disambiguation = nullptr) {
            return QCoreApplication::translate(context, source, disambiguation);
        };
        QVERIFY(tr("VmWindow", "Snapshots") != QLatin1String("Snapshots"));
        QTRY_COMPARE(tabs->tabText(VmWindow::SnapshotsPage), tr("VmWindow", "Snapshots"));
        QTRY_COMPARE(m_main->menuBar()->actions().first()->text(), tr("MainWindow", "&File"));
        QTRY_COMPARE(m_main->windowTitle(), tr("MainWindow", "QVirt Virtual Machine Manager"));
        QTRY_COMPARE(header->model()->headerData(stateColumn, Qt::Horizontal).toString(), tr("DomainListModel", "State"));
        QTRY_VERIFY(!headerChanged.isEmpty()); // the views ask again
        headerChanged.clear();
        QTRY_COMPARE(hostWindow->windowTitle().isEmpty(), false);
        QTRY_COMPARE(prefs->windowTitle(), tr("PreferencesDialog", "QVirt Preferences"));
        // A state word in the list follows too.
        const QModelIndex host = m_main->view()->model()->index(0, 0);
        QStringList states;
        for (int r = 0; r < m_main->view()->model()->rowCount(host); ++r)
            states << m_main->view()->model()->index(r, stateColumn, host).data().toString();
        QVERIFY2(states.contains(tr("DomainListModel", "Running", "domain state")), qPrintable(states.join(QLatin1Char(','))));
    }
    // Back to the system's language.
    combo->setCurrentIndex(0);
    QCOMPARE(Language::saved(), QString());
    QCOMPARE(Language::effective(), QStringLiteral("en")); // the test runs under LC_ALL=C.UTF-8
    QTRY_COMPARE(tabs->tabText(VmWindow::SnapshotsPage), QStringLiteral("Snapshots"));
}

void tst_Language::cleanupTestCase()
{
    delete m_main;
    delete m_manager;
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
