#include "hostoverview.h"

#include "domainlistmodel.h"
#include "guestusagemodel.h"
#include "statshistory.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

HostOverview::HostOverview(StatsHistory *history, DomainListModel *names, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_rangeLabel(new QLabel)
    , m_range(new StatsRangeBox)
    , m_guestsTitle(new QLabel)
    , m_model(new GuestUsageModel(history, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("hostOverview"));
    m_range->setObjectName(QStringLiteral("hostRange"));
    m_rangeLabel->setBuddy(m_range);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    top->addStretch();
    layout->addLayout(top);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    const UnitScale::Kind kinds[GraphCount] = {UnitScale::Percent, UnitScale::Memory, UnitScale::Memory};
    const char *objectNames[GraphCount] = {"hostCpuPlot", "hostMemoryPlot", "hostKsmPlot"};
    for (int g = 0; g < GraphCount; ++g) {
        m_plots[g] = new StatsPlot(kinds[g]);
        m_plots[g]->setObjectName(QLatin1String(objectNames[g]));
        m_plots[g]->setLegendColumns(2);
        row->addWidget(m_plots[g], 1);
    }
    layout->addLayout(row, 3);

    QFont bold = m_guestsTitle->font();
    bold.setBold(true);
    m_guestsTitle->setFont(bold);
    m_guestsTitle->setBuddy(m_table);
    layout->addWidget(m_guestsTitle);
    m_proxy->setSortRole(GuestUsageModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("guestTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GuestUsageModel::CpuColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(GuestUsageModel::NameColumn, QHeaderView::Stretch);
    for (int c = GuestUsageModel::CpuColumn; c < GuestUsageModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 2);
    // Double-click or Return (the view's activation), as in the VM list.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString uuid = index.data(GuestUsageModel::UuidRole).toString();
        if (!uuid.isEmpty())
            emit openDomainRequested(uuid);
    });

    if (names) {
        m_model->setNameLookup([names = QPointer<DomainListModel>(names)](const QString &uuid) {
            if (!names)
                return QString();
            const int r = names->rowOf(uuid);
            return r < 0 ? QString() : names->domainAt(r).name;
        });
        connect(names, &QAbstractItemModel::dataChanged, m_model, &GuestUsageModel::refreshNames);
        connect(names, &QAbstractItemModel::rowsInserted, m_model, &GuestUsageModel::refreshNames);
        connect(names, &QAbstractItemModel::modelReset, m_model, &GuestUsageModel::refreshNames);
    }

    connect(m_range, &StatsRangeBox::rangeChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(history, &StatsHistory::appended, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    retranslate();
}

void HostOverview::setRange(StatsRange range)
{
    m_range->setRange(range);
}

StatsRange HostOverview::range() const
{
    return m_range->range();
}

void HostOverview::refresh()
{
    m_dirty = false;
    if (!m_history)
        return;
    const History &h = m_history->host();
    if (h.size() == 0) {
        for (StatsPlot *p : m_plots)
            p->showMessage(tr("The host's figures appear once it has been sampled."));
        return;
    }
    //: Series of the host CPU graph: busy share of all the host's CPUs
    m_plots[CpuGraph]->setSeries({{Metric::HostCpu, {}, tr("Busy"), QColor(0x1f, 0x77, 0xb4)}});
    m_plots[MemoryGraph]->setSeries({
        //: Series of the host memory graph: memory in use
        {Metric::HostMemoryUsed, {}, tr("Used"), QColor(0x1f, 0x77, 0xb4)},
        //: Series of the host memory graph: all the host's memory
        {Metric::HostMemoryTotal, {}, tr("Total"), QColor(0x7f, 0x7f, 0x7f), Qt::DashLine},
    });
    m_plots[KsmGraph]->setSeries({
        //: Series of the KSM graph: memory the merged (shared) pages take
        {Metric::KsmShared, {}, tr("Shared"), QColor(0xff, 0x7f, 0x0e)},
        //: Series of the KSM graph: memory that merging identical pages saves
        {Metric::KsmSaved, {}, tr("Saved"), QColor(0x2c, 0xa0, 0x2c)},
    });
    for (StatsPlot *p : m_plots)
        p->load(h, range());
}

void HostOverview::retranslate()
{
    //: Label of the combo box that picks the time range of the host's graphs
    m_rangeLabel->setText(tr("&Show:"));
    m_range->retranslate();
    m_plots[CpuGraph]->setTitle(tr("Host CPU usage"));
    m_plots[MemoryGraph]->setTitle(tr("Host memory"));
    //: Title of a graph: Kernel Same-page Merging, memory saved by merging identical guest pages
    m_plots[KsmGraph]->setTitle(tr("Shared memory (KSM)"));
    m_plots[CpuGraph]->setUnavailableText(tr("CPU figures are not available on this host."));
    m_plots[MemoryGraph]->setUnavailableText(tr("Memory figures are not available on this host."));
    m_plots[KsmGraph]->setUnavailableText(tr("KSM figures are not available on this host."));
    m_guestsTitle->setText(tr("&Running guests"));
    //: Accessible name of the table of running guests on the host's summary page
    m_table->setAccessibleName(tr("Running guests"));
}

void HostOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void HostOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_dirty = true;
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}
