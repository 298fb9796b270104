#include "performancepage.h"

#include "statshistory.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>

namespace {
// Distinct on light and dark backgrounds; one colour per device.
QColor seriesColor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return colors[i % int(std::size(colors))];
}
} // namespace

PerformancePage::PerformancePage(StatsHistory *history, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_uuid(uuid)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel)
    , m_rangeLabel(new QLabel)
    , m_range(new StatsRangeBox)
{
    setObjectName(QStringLiteral("performancePage"));
    m_message->setObjectName(QStringLiteral("performanceMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_range->setObjectName(QStringLiteral("performanceRange"));
    m_rangeLabel->setBuddy(m_range);

    auto *graphs = new QWidget;
    auto *gl = new QVBoxLayout(graphs);
    gl->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    top->addStretch();
    gl->addLayout(top);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    const UnitScale::Kind kinds[GraphCount] = {UnitScale::Percent, UnitScale::Memory, UnitScale::Rate, UnitScale::Rate};
    const char *names[GraphCount] = {"cpuPlot", "memoryPlot", "diskPlot", "networkPlot"};
    for (int g = 0; g < GraphCount; ++g) {
        m_plots[g] = new StatsPlot(kinds[g]);
        m_plots[g]->setObjectName(QLatin1String(names[g]));
        grid->addWidget(m_plots[g], g / 2, g % 2);
    }
    m_plots[CpuGraph]->setLegendColumns(2);
    m_plots[MemoryGraph]->setLegendColumns(3);
    // One row per device: its read and write (or received and sent).
    m_plots[DiskGraph]->setLegendColumns(2);
    m_plots[NetworkGraph]->setLegendColumns(2);
    gl->addLayout(grid, 1);

    m_stack->addWidget(graphs);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_range, &StatsRangeBox::rangeChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(history, &StatsHistory::appended, this, [this](const QSet<QString> &uuids) {
        if (!uuids.contains(m_uuid))
            return;
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(history, &StatsHistory::domainGone, this, [this](const QString &gone) {
        if (gone != m_uuid)
            return;
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    retranslate();
    // The first showEvent() draws: a page never shown costs nothing.
}

void PerformancePage::setRange(StatsRange range)
{
    m_range->setRange(range);
}

StatsRange PerformancePage::range() const
{
    return m_range->range();
}

QString PerformancePage::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void PerformancePage::refresh()
{
    m_dirty = false;
    const History *h = m_history ? m_history->domain(m_uuid) : nullptr;
    if (!h || h->size() == 0 || !m_history->latest().contains(m_uuid)) {
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_stack->setCurrentWidget(m_stack->widget(0));

    //: Series of the CPU graph: usage of the guest's own virtual CPUs (100 % = all of them busy)
    const QString vcpus = tr("Its vCPUs");
    //: Series of the CPU graph: the guest's share of all the host's CPUs
    const QString host = tr("Share of the host");
    m_plots[CpuGraph]->setSeries({{Metric::Cpu, {}, vcpus, seriesColor(0)},
                                  {Metric::CpuHost, {}, host, seriesColor(1), Qt::DashLine}});
    m_plots[MemoryGraph]->setSeries({
        //: Series of the memory graph: memory the guest uses
        {Metric::Memory, {}, tr("In use"), seriesColor(0)},
        //: Series of the memory graph: memory the guest currently has (its balloon's size)
        {Metric::Balloon, {}, tr("Balloon"), seriesColor(2), Qt::DashLine},
        //: Series of the memory graph: resident memory of the QEMU process on the host
        {Metric::Rss, {}, tr("QEMU resident"), seriesColor(1), Qt::DotLine},
    });
    QVector<StatsPlot::Series> disks;
    const QStringList diskNames = h->devices(Metric::DiskRead);
    for (int i = 0; i < diskNames.size(); ++i) {
        const QString &d = diskNames.at(i);
        //: Series of the disk graph: bytes read per second from one disk; %1 its target (vda)
        disks.append({Metric::DiskRead, d, tr("%1 read").arg(d), seriesColor(i)});
        //: Series of the disk graph: bytes written per second to one disk; %1 its target (vda)
        disks.append({Metric::DiskWrite, d, tr("%1 write").arg(d), seriesColor(i), Qt::DashLine});
    }
    m_plots[DiskGraph]->setSeries(disks);
    QVector<StatsPlot::Series> nets;
    const QStringList netNames = h->devices(Metric::NetRx);
    for (int i = 0; i < netNames.size(); ++i) {
        const QString &n = netNames.at(i);
        //: Series of the network graph: bytes received per second (RX) on one interface; %1 its name (vnet0)
        nets.append({Metric::NetRx, n, tr("%1 received").arg(n), seriesColor(i)});
        //: Series of the network graph: bytes sent per second (TX) on one interface; %1 its name (vnet0)
        nets.append({Metric::NetTx, n, tr("%1 sent").arg(n), seriesColor(i), Qt::DashLine});
    }
    m_plots[NetworkGraph]->setSeries(nets);

    for (StatsPlot *p : m_plots)
        p->load(*h, range());
    if (diskNames.isEmpty())
        m_plots[DiskGraph]->showMessage(tr("This virtual machine has no disk."));
    if (netNames.isEmpty())
        m_plots[NetworkGraph]->showMessage(tr("This virtual machine has no network interface."));
}

void PerformancePage::retranslate()
{
    m_message->setText(tr("Statistics appear while the virtual machine runs."));
    //: Label of the combo box that picks the time range of the performance graphs
    m_rangeLabel->setText(tr("&Show:"));
    m_range->retranslate();
    //: Title of a performance graph
    m_plots[CpuGraph]->setTitle(tr("CPU usage"));
    //: Title of a performance graph
    m_plots[MemoryGraph]->setTitle(tr("Memory"));
    //: Title of a performance graph: bytes read and written per second
    m_plots[DiskGraph]->setTitle(tr("Disk I/O"));
    //: Title of a performance graph: bytes received and sent per second
    m_plots[NetworkGraph]->setTitle(tr("Network I/O"));
    m_plots[CpuGraph]->setUnavailableText(tr("CPU figures are not available for this virtual machine."));
    m_plots[MemoryGraph]->setUnavailableText(tr("Memory figures are not available for this virtual machine."));
    m_plots[DiskGraph]->setUnavailableText(tr("Disk figures are not available for this virtual machine."));
    m_plots[NetworkGraph]->setUnavailableText(tr("Network figures are not available for this virtual machine."));
}

void PerformancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void PerformancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Series labels and units are in the graphs.
        m_dirty = true;
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}
