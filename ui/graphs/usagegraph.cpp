#include "usagegraph.h"

#include <QDateTime>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace {
constexpr double kWindowSeconds = 300;
}

UsageGraph::UsageGraph(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    m_graph = m_plot->addGraph();
    m_graph->setPen(QPen(QColor(0x2b, 0x57, 0x97), 1.5));
    m_graph->setBrush(QColor(0x2b, 0x57, 0x97, 40));
    m_plot->yAxis->setRange(0, 100);
    m_plot->xAxis->setRange(-kWindowSeconds, 0);
    m_plot->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void UsageGraph::setTitle(const QString &title)
{
    setAccessibleName(title);
    m_plot->yAxis->setLabel(title);
    //: Axis label of the CPU usage graph: time in seconds
    m_plot->xAxis->setLabel(tr("Seconds"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageGraph::addSample(double percent)
{
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    if (m_start < 0)
        m_start = now;
    const double t = now - m_start;
    m_graph->addData(t, percent);
    m_graph->data()->removeBefore(t - kWindowSeconds);
    m_plot->xAxis->setRange(t - kWindowSeconds, t);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageGraph::clear()
{
    m_graph->data()->clear();
    m_start = -1;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int UsageGraph::sampleCount() const
{
    return m_graph->dataCount();
}
