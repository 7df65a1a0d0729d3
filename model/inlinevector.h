#pragma once

// A vector with fixed inline capacity: no heap allocation, for the estimate's few stages and devices.

#include <array>
#include <cassert>
#include <cstddef>

namespace hw {

template<typename T, std::size_t N>
class InlineVector
{
public:
    void push_back(const T &value)
    {
        assert(m_size < N);
        if (m_size < N)
            m_items[m_size++] = value;
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::size_t i) { return m_items[i]; }
    const T &operator[](std::size_t i) const { return m_items[i]; }
    T &front() { return m_items[0]; }
    const T &front() const { return m_items[0]; }
    T *begin() { return m_items.data(); }
    T *end() { return m_items.data() + m_size; }
    const T *begin() const { return m_items.data(); }
    const T *end() const { return m_items.data() + m_size; }

private:
    std::array<T, N> m_items{};
    std::size_t m_size = 0;
};

} // namespace hw
