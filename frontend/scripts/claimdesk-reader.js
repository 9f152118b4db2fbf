// The article reader's small browser helpers, loaded as a static script (no frontend bundle).
// Offsets are counted in characters of each paragraph's text, exactly as the server stores it.
(function () {
  const claimdesk = (window.claimdesk = window.claimdesk || {});

  function paragraphOf(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest('[data-paragraph]') : null;
  }

  function pointIn(container, node, offset) {
    const paragraph = paragraphOf(node);
    if (!paragraph || !container.contains(paragraph)) {
      return null;
    }
    const before = document.createRange();
    before.selectNodeContents(paragraph);
    before.setEnd(node, offset);
    return { paragraph: Number(paragraph.dataset.paragraph), offset: before.toString().length };
  }

  // "startParagraph,startOffset,endParagraph,endOffset" of the selection inside container, or "" if none.
  claimdesk.readSelection = function (container) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return '';
    }
    const range = selection.getRangeAt(0);
    const start = pointIn(container, range.startContainer, range.startOffset);
    const end = pointIn(container, range.endContainer, range.endOffset);
    if (!start || !end) {
      return '';
    }
    return [start.paragraph, start.offset, end.paragraph, end.offset].join(',');
  };

  claimdesk.scrollToClaim = function (container, claimId) {
    const mark = container.querySelector('[data-claims~="' + CSS.escape(claimId) + '"]');
    if (mark) {
      mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
      mark.classList.add('cd-flash');
      setTimeout(() => mark.classList.remove('cd-flash'), 1600);
    }
  };
})();
