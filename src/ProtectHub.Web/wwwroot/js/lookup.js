// Type-ahead pickers: alphagov's accessible-autocomplete over the /partners/lookup search, so a picker works with
// 100,000 organisations. Progressive enhancement: without JavaScript (or if the script fails) the form keeps its
// select, checkboxes or text box and works as before.
//
//   <select data-lookup="organisations">           one choice: the select becomes a hidden field and a search box
//   <div data-lookup-add="organisations" data-lookup-name="OrganisationIds">
//                                                   checkboxes: a search box above them adds a ticked one
//   <textarea data-lookup-append="contacts">        one a line: a search box above it adds the chosen email address
(function () {
  'use strict'
  var create = window.accessibleAutocomplete
  if (typeof create !== 'function' || !window.fetch) {
    return
  }

  // Suggestions are drawn as HTML by the component: every text from the server is escaped first.
  function escape (text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]
    })
  }

  function source (what) {
    var timer = null
    var controller = null
    return function (query, populate) {
      clearTimeout(timer)
      timer = setTimeout(function () {
        if (controller) {
          controller.abort()
        }
        controller = 'AbortController' in window ? new AbortController() : null
        fetch('/partners/lookup?handler=' + encodeURIComponent(what) + '&q=' + encodeURIComponent(query), {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
          signal: controller ? controller.signal : undefined
        })
          .then(function (response) { return response.ok ? response.json() : [] })
          .then(populate)
          .catch(function (error) {
            if (!error || error.name !== 'AbortError') {
              populate([])
            }
          })
      }, 150)
    }
  }

  var templates = {
    inputValue: function (item) { return item && typeof item === 'object' ? item.label : (item || '') },
    suggestion: function (item) {
      if (!item || typeof item !== 'object') {
        return escape(item)
      }
      return escape(item.label) + (item.hint ? ' <span class="ph-lookup-hint">' + escape(item.hint) + '</span>' : '')
    }
  }

  function noun (what) {
    return what === 'contacts' ? 'contact' : 'organisation'
  }

  function options (element, id, what, extra) {
    var settings = {
      element: element,
      id: id,
      source: source(what),
      minLength: 2,
      showNoOptionsFound: true,
      templates: templates,
      tNoResults: function () { return 'No ' + noun(what) + ' found' },
      tStatusQueryTooShort: function (length) { return 'Type ' + length + ' or more characters to search' }
    }
    for (var key in extra) {
      settings[key] = extra[key]
    }
    return settings
  }

  // One choice from a select: the select becomes a hidden field with the chosen id; the search box takes the
  // select's id, so its label (and an error message's link) still point at it.
  document.querySelectorAll('select[data-lookup]').forEach(function (select) {
    var what = select.getAttribute('data-lookup')
    var hidden = document.createElement('input')
    hidden.type = 'hidden'
    hidden.name = select.name
    hidden.value = select.value
    var chosen = select.value && select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : ''
    var container = document.createElement('div')
    container.className = 'ph-lookup'
    var id = select.id
    var describedBy = select.getAttribute('aria-describedby')
    var failed = select.classList.contains('govuk-select--error')
    select.parentNode.insertBefore(container, select)
    select.parentNode.insertBefore(hidden, select)
    select.parentNode.removeChild(select)
    create(options(container, id, what, {
      defaultValue: chosen,
      confirmOnBlur: false,
      inputClasses: failed ? 'govuk-input--error' : null,
      onConfirm: function (item) {
        if (item && typeof item === 'object') {
          hidden.value = item.id
          chosen = item.label
        }
      }
    }))
    var input = document.getElementById(id)
    if (describedBy) {
      input.setAttribute('aria-describedby', describedBy + ' ' + (input.getAttribute('aria-describedby') || ''))
    }
    // Typing something else clears the choice: the form then has no organisation rather than the wrong one.
    input.addEventListener('input', function () {
      if (input.value !== chosen) {
        hidden.value = ''
      }
    })
  })

  function searchBox (before, id, text) {
    var group = document.createElement('div')
    group.className = 'govuk-form-group ph-lookup-add'
    var label = document.createElement('label')
    label.className = 'govuk-label govuk-label--s'
    label.htmlFor = id
    label.textContent = text
    var container = document.createElement('div')
    container.className = 'ph-lookup'
    group.appendChild(label)
    group.appendChild(container)
    before.parentNode.insertBefore(group, before)
    return container
  }

  // Many choices as checkboxes: a search box above them ticks the one chosen, adding it when it is not listed.
  document.querySelectorAll('[data-lookup-add]').forEach(function (list, index) {
    var what = list.getAttribute('data-lookup-add')
    var name = list.getAttribute('data-lookup-name')
    var id = 'lookup-add-' + index
    var container = searchBox(list, id, 'Find ' + (what === 'contacts' ? 'a contact' : 'an organisation') + ' to add')
    create(options(container, id, what, {
      confirmOnBlur: false,
      onConfirm: function (item) {
        if (!item || typeof item !== 'object') {
          return
        }
        var existing = Array.prototype.filter.call(list.querySelectorAll('input[type="checkbox"]'), function (box) { return box.value === item.id })[0]
        if (!existing) {
          var row = document.createElement('div')
          row.className = 'govuk-checkboxes__item'
          existing = document.createElement('input')
          existing.className = 'govuk-checkboxes__input'
          existing.type = 'checkbox'
          existing.name = name
          existing.value = item.id
          existing.id = id + '-' + item.id
          var label = document.createElement('label')
          label.className = 'govuk-label govuk-checkboxes__label'
          label.htmlFor = existing.id
          label.textContent = item.label
          row.appendChild(existing)
          row.appendChild(label)
          var boxes = list.querySelector('.govuk-checkboxes') || list
          boxes.insertBefore(row, boxes.firstChild)
        }
        existing.checked = true
        setTimeout(function () {
          var input = document.getElementById(id)
          input.value = ''
        }, 0)
      }
    }))
  })

  // One a line in a text box: a search box above it adds the chosen contact's email address as a new line.
  document.querySelectorAll('textarea[data-lookup-append]').forEach(function (textarea, index) {
    var what = textarea.getAttribute('data-lookup-append')
    var id = 'lookup-append-' + index
    var group = textarea.closest('.govuk-form-group') || textarea
    var container = searchBox(group, id, 'Find a ' + noun(what) + ' to add')
    create(options(container, id, what, {
      confirmOnBlur: false,
      onConfirm: function (item) {
        if (!item || typeof item !== 'object') {
          return
        }
        var lines = textarea.value.split(/\r?\n/).map(function (l) { return l.trim() }).filter(function (l) { return l.length > 0 })
        if (lines.indexOf(item.id) < 0) {
          lines.push(item.id)
        }
        textarea.value = lines.join('\n')
        setTimeout(function () {
          document.getElementById(id).value = ''
        }, 0)
      }
    }))
  })
})()
