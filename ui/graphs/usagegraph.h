#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;

// A scrolling history of one percentage (CPU usage) over the last minutes.
class UsageGraph final : public QWidget
{
    Q_OBJECT

public:
    explicit UsageGraph(QWidget *parent = nullptr);

    // The y axis' label and the accessible name; set again on a language change.
    void setTitle(const QString &title);

    void addSample(double percent);
    void clear();
    int sampleCount() const;

private:
    QCustomPlot *m_plot;
    QCPGraph *m_graph;
    double m_start = -1;
};
