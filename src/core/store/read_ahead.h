// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <span>
#include <thread>
#include <utility>
#include <vector>

namespace spasmguide {

// One background thread running chunk reads in the order they were asked for. Every read of one SQLite connection
// goes through the same worker, so the connection is only ever used by one thread at a time.
class ReadWorker final {
public:
    ReadWorker() : m_thread([this] { run(); }) {}
    ~ReadWorker() { stop(); }
    ReadWorker(const ReadWorker&) = delete;
    ReadWorker& operator=(const ReadWorker&) = delete;

    // Queues `read`; its count, or what it threw, arrives through the future.
    std::future<std::size_t> submit(std::function<std::size_t()> read) {
        std::packaged_task<std::size_t()> task(std::move(read));
        auto result = task.get_future();
        {
            const std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
        return result;
    }

    // Finishes the read under way, drops the queued ones and joins; the owner calls it before what the reads write
    // into goes away.
    void stop() {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_tasks.clear();
        }
        m_wake.notify_one();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

private:
    void run() {
        for (;;) {
            std::packaged_task<std::size_t()> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
                if (m_stopping) {
                    return;
                }
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task(); // an exception is stored in the task's future
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<std::size_t()>> m_tasks;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members it uses exist
};

// A chunked stream read one chunk ahead on a ReadWorker: while the caller works through one chunk, the worker fills
// the next, so SQLite's reading and the caller's formatting share the machine's cores. `fill` refills a vector
// (reusing its elements) and returns how many rows it now holds, 0 after the last.
template <typename Row> class ReadAhead final {
public:
    using Fill = std::function<std::size_t(std::vector<Row>&)>;

    ReadAhead(ReadWorker& worker, Fill fill) : m_worker(worker), m_fill(std::move(fill)) { requestSpare(); }
    // Waits for a read still filling the spare chunk (one the worker dropped on stop() is ready at once).
    ~ReadAhead() {
        if (m_pending.valid()) {
            m_pending.wait();
        }
    }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // The next chunk, empty after the last; valid until the next call. Rethrows what the read threw.
    std::span<Row> next() {
        if (!m_pending.valid()) {
            return {};
        }
        const std::size_t count = m_pending.get(); // the worker is done with m_spare once this returns
        std::swap(m_current, m_spare);
        if (count > 0) {
            requestSpare();
        }
        return {m_current.data(), count};
    }

private:
    void requestSpare() {
        m_pending = m_worker.submit([this] { return m_fill(m_spare); });
    }

    ReadWorker& m_worker;
    Fill m_fill;
    std::vector<Row> m_current; // the caller's
    std::vector<Row> m_spare;   // the worker's while a read is pending
    std::future<std::size_t> m_pending;
};

} // namespace spasmguide
