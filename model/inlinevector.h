#pragma once

// A vector with inline capacity N: no heap allocation for the estimate's usual few stages and
// devices; beyond N it moves to the heap and keeps growing, so nothing pushed is ever lost.

#include <array>
#include <cstddef>
#include <vector>

namespace hw {

template<typename T, std::size_t N>
class InlineVector
{
public:
    InlineVector() = default;
    InlineVector(const InlineVector &other) { *this = other; }
    InlineVector &operator=(const InlineVector &other)
    {
        if (this != &other) {
            m_heap = other.m_heap;
            m_items = other.m_items;
            m_size = other.m_size;
        }
        return *this;
    }
    InlineVector(InlineVector &&) = default;
    InlineVector &operator=(InlineVector &&) = default;

    void push_back(const T &value)
    {
        if (m_heap.empty() && m_size < N) {
            m_items[m_size++] = value;
            return;
        }
        if (m_heap.empty()) // full: move the inline items to the heap once
            m_heap.assign(m_items.begin(), m_items.end());
        m_heap.push_back(value);
        ++m_size;
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool onHeap() const { return !m_heap.empty(); }
    T &operator[](std::size_t i) { return data()[i]; }
    const T &operator[](std::size_t i) const { return data()[i]; }
    T &front() { return data()[0]; }
    const T &front() const { return data()[0]; }
    T *begin() { return data(); }
    T *end() { return data() + m_size; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }

private:
    T *data() { return m_heap.empty() ? m_items.data() : m_heap.data(); }
    const T *data() const { return m_heap.empty() ? m_items.data() : m_heap.data(); }

    std::array<T, N> m_items{};
    std::vector<T> m_heap; // used once more than N items were pushed
    std::size_t m_size = 0;
};

} // namespace hw
